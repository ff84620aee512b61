using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using TemplateLibrary.Extraction.Office;

namespace TemplateLibrary.Extraction.Xlsx;

/// <summary>Reads sharedStrings.xml: each si's text runs joined, phonetic guides (rPh) left out.</summary>
internal static class SharedStringTable
{
    public static IReadOnlyList<string> Read(SharedStringTablePart? part, OfficePartReader parts)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        parts.Stream(part, reader =>
        {
            var item = new StringBuilder();
            var inItem = false;
            var phonetic = 0;
            var inText = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        parts.CheckDepth(reader, part);
                        if (reader.IsEmptyElement)
                        {
                            if (reader.LocalName == "si")
                            {
                                strings.Add(string.Empty);
                            }

                            break;
                        }

                        switch (reader.LocalName)
                        {
                            case "si":
                                inItem = true;
                                item.Clear();
                                break;
                            case "rPh":
                                phonetic++;
                                break;
                            case "t":
                                inText = inItem && phonetic == 0;
                                break;
                            default:
                                break;
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText:
                        item.Append(reader.Value);
                        break;
                    case XmlNodeType.EndElement:
                        switch (reader.LocalName)
                        {
                            case "t":
                                inText = false;
                                break;
                            case "rPh":
                                phonetic--;
                                break;
                            case "si":
                                strings.Add(item.ToString());
                                inItem = false;
                                break;
                            default:
                                break;
                        }

                        if ((strings.Count & 0xFFF) == 0)
                        {
                            parts.Context.CancellationToken.ThrowIfCancellationRequested();
                        }

                        break;
                    default:
                        break;
                }
            }
        });
        return strings;
    }
}
