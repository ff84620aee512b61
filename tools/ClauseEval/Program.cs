using System.Text.Json;
using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Extraction.Registry;

var document = FileExtractor.CreateDefault().Extract(args[1], CancellationToken.None);
var analysis = new AgreementReader(Taxonomy.LoadDefault()).Read(document);
foreach (var c in analysis.Clauses.Where(c => c.IsUnit || args[0] == "all"))
{
    Console.WriteLine($"{new string(' ', c.Depth * 2)}{c.Form} [{c.Number}] {c.Heading} : {string.Join(", ", c.Kinds.Select(k => $"{k.Id} {k.Confidence}"))}");
}

Console.WriteLine(JsonSerializer.Serialize(analysis.Facts, new JsonSerializerOptions { WriteIndented = true }));
return 0;
