using System.Globalization;
using System.Text;

namespace TemplateLibrary.Tools.IngestBench;

/// <summary>Writes plain text as a simple PDF (Helvetica, WinAnsi, wrapped lines, several pages).</summary>
internal static class MiniPdfWriter
{
    private const int LinesPerPage = 50;
    private const int CharsPerLine = 95;

    public static void Write(string path, string title, string text)
    {
        var lines = Wrap(title + "\n\n" + text).ToList();
        var pages = lines.Chunk(LinesPerPage).ToList();
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            string.Empty, // the page tree, written once the page objects are numbered
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        var kids = new List<int>();
        foreach (var page in pages)
        {
            var content = new StringBuilder("BT /F1 10 Tf 12 TL 50 800 Td\n");
            foreach (var line in page)
            {
                content.Append('(').Append(Escape(line)).Append(") Tj T*\n");
            }

            content.Append("ET");
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(content.ToString())} >>\nstream\n{content}\nendstream");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {objects.Count} 0 R >>");
            kids.Add(objects.Count);
        }

        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";
        objects.Add($"<< /Title ({Escape(title)}) /Producer (IngestBench) >>");

        using var output = new MemoryStream();
        void Put(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Put("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Put($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = output.Position;
        Put($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Put(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Put($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info {objects.Count} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        File.WriteAllBytes(path, output.ToArray());
    }

    private static IEnumerable<string> Wrap(string text)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length + word.Length + 1 > CharsPerLine && line.Length > 0)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }

            yield return line.ToString();
        }
    }

    private static string Escape(string s)
    {
        var builder = new StringBuilder();
        foreach (var c in s)
        {
            if (c is '(' or ')' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c is >= ' ' and <= '\u00ff' ? c : '?');
            }
        }

        return builder.ToString();
    }
}
