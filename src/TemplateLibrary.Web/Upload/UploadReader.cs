using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace TemplateLibrary.Web.Upload;

/// <summary>Reads a multipart upload section by section, streaming each file straight to disk (never whole into memory)
/// and refusing it on the way when its type, content or size is wrong.</summary>
internal static class UploadReader
{
    private const int MaxFieldChars = 16 * 1024;
    private const int HeadBytes = 4096;

    /// <summary>True when the request is multipart/form-data with a boundary.</summary>
    public static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && !StringSegment.IsNullOrEmpty(HeaderUtilities.RemoveQuotes(type.Boundary));

    /// <summary>Reads the whole request, saving acceptable files under <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">The multipart body is malformed or a field is too long.</exception>
    public static async Task<UploadForm> ReadAsync(HttpRequest request, string folder, long maxFileBytes, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        var form = new UploadForm();
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFormDisposition() && !disposition.IsFileDisposition())
            {
                continue;
            }

            if (disposition.IsFileDisposition())
            {
                await SaveFileAsync(section, disposition, folder, maxFileBytes, form, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                var value = await ReadFieldAsync(section, cancellationToken).ConfigureAwait(false);
                form.Fields[name] = form.Fields.TryGetValue(name, out var earlier) ? earlier + ";" + value : value;
            }
        }

        return form;
    }

    private static async Task<string> ReadFieldAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(section.Body, Encoding.UTF8);
        var buffer = new char[MaxFieldChars + 1];
        var read = await text.ReadBlockAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        if (read > MaxFieldChars)
        {
            throw new InvalidDataException($"a form field is longer than {MaxFieldChars} characters");
        }

        return new string(buffer, 0, read);
    }

    private static async Task SaveFileAsync(
        MultipartSection section, ContentDispositionHeaderValue disposition, string folder, long maxFileBytes, UploadForm form, CancellationToken cancellationToken)
    {
        var original = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
        var head = new byte[HeadBytes];
        var headLength = await section.Body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (original.Length == 0 && headLength == 0)
        {
            return; // A file input left empty.
        }

        var name = SafeName(original);
        var problem = ContentSniffer.Problem(Path.GetExtension(name), head.AsSpan(0, headLength));
        if (problem is not null)
        {
            form.Refused.Add((name, problem));
            return;
        }

        Directory.CreateDirectory(folder);
        var target = UniquePath(folder, name);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var tooLarge = false;
        var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            hash.AppendData(head, 0, headLength);
            await file.WriteAsync(head.AsMemory(0, headLength), cancellationToken).ConfigureAwait(false);
            long written = headLength;
            var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
            try
            {
                int read;
                while ((read = await section.Body.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    written += read;
                    if (written > maxFileBytes)
                    {
                        tooLarge = true;
                        break;
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        if (tooLarge)
        {
            File.Delete(target);
            form.Refused.Add((name, $"the file is larger than the {maxFileBytes / (1024 * 1024)} MB limit"));
            return;
        }

        form.Saved.Add(new SavedUpload(name, Path.GetFullPath(target), Convert.ToHexStringLower(hash.GetHashAndReset())));
    }

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        var cleaned = new string([.. name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim().TrimStart('.');
        return cleaned.Length == 0 ? "upload" : cleaned[..Math.Min(cleaned.Length, 150)];
    }

    private static string UniquePath(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}");
        }

        return path;
    }
}
