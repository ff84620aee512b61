using System.Buffers;

namespace TemplateLibrary.Extraction.Pdf.Filters;

/// <summary>A pooled byte buffer that grows as decoded output is appended, within a budget.</summary>
internal sealed class GrowableBuffer(DecodeBudget budget, int initialCapacity) : IDisposable
{
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(256, initialCapacity));

    public int Length { get; private set; }

    public bool Full { get; private set; }

    public Span<byte> Written => buffer.AsSpan(0, Length);

    public void Add(byte value)
    {
        if (Full)
        {
            return;
        }

        if (Length == buffer.Length)
        {
            Grow(1);
            if (Full)
            {
                return;
            }
        }

        if (budget.Take(1) == 0)
        {
            Full = true;
            return;
        }

        buffer[Length++] = value;
    }

    public void Add(ReadOnlySpan<byte> values)
    {
        if (Full || values.IsEmpty)
        {
            return;
        }

        var granted = budget.Take(values.Length);
        if (granted < values.Length)
        {
            Full = true;
        }

        values = values[..granted];
        if (Length + values.Length > buffer.Length)
        {
            Grow(values.Length);
        }

        values.CopyTo(buffer.AsSpan(Length));
        Length += values.Length;
    }

    public byte[] ToArray() => buffer.AsSpan(0, Length).ToArray();

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private void Grow(int extra)
    {
        var size = Math.Max(buffer.Length * 2, Length + extra);
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, Length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = bigger;
    }
}
