namespace TemplateLibrary.Extraction.Zip;

/// <summary>A read-only stream that charges every byte read to an <see cref="InflateBudget"/>; declared sizes can lie.</summary>
internal sealed class BoundedReadStream : Stream
{
    private readonly Stream inner;
    private readonly InflateBudget budget;

    public BoundedReadStream(Stream inner, InflateBudget budget)
    {
        this.inner = inner;
        this.budget = budget;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        budget.Consume(read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
