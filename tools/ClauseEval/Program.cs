using TemplateLibrary.Core.Clauses;
using TemplateLibrary.Extraction.Registry;

var document = FileExtractor.CreateDefault().Extract(args[1], CancellationToken.None);
foreach (var c in ClauseSegmenter.Segment(document))
{
    Console.WriteLine($"{new string(' ', c.Depth * 2)}{c.Form} [{c.Number}] {c.Heading} #{c.Anchor} p{c.Page} ({c.Text.Length})");
}

return 0;
