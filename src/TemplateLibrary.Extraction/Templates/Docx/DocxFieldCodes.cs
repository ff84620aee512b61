using System.Xml.Linq;

namespace TemplateLibrary.Extraction.Templates.Docx;

/// <summary>The field-code elements of a complex merge field (fldChar begin, instrText, separate, end), removed once it is filled.</summary>
internal sealed class DocxFieldCodes(IReadOnlyList<XElement> codes)
{
    public void Remove()
    {
        foreach (var code in codes.Where(c => c.Parent is not null))
        {
            code.Remove();
        }
    }
}
