using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Templates;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib fill ID [--fields] [--set NAME=VALUE]... [-o FILE] [--json]`: list a template's fields or fill them.</summary>
internal sealed class FillCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var id = new Argument<string>("ID") { Description = "The template's document id, as search prints it." };
        var fields = new Option<bool>("--fields") { Description = "List the template's fields instead of filling it." };
        var set = new Option<string[]>("--set")
        {
            Description = "A field's value, as NAME=VALUE; repeat for each field. Fields not set stay marked.",
            HelpName = "NAME=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the filled file (default: NAME-filled.EXT here).", HelpName = "FILE" };
        var json = GlobalOptions.CreateJson();
        var command = new Command("fill", "List a template's fields, or fill them and write a finished DOCX, ODT or Markdown file.") { id, fields, set, output, json };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var documentId = parse.GetValue(id)!;
            var document = services.Index.GetDocument(documentId) ?? throw new DocumentNotFoundException(documentId);
            var path = document.Paths.Concat([document.Path]).FirstOrDefault(File.Exists)
                ?? throw new TemplateException($"the original file of '{documentId}' is no longer where it was indexed ({document.Path})");
            var values = ParseValues(parse.GetValue(set) ?? []);
            if (parse.GetValue(fields) || values.Count == 0)
            {
                TemplateFieldsView.Write(context, documentId, path, TemplateAssembly.ReadFields(path), parse.GetValue(json));
                return ExitCodes.Success;
            }

            var filled = TemplateAssembly.Fill(path, values);
            var target = context.Resolve(parse.GetValue(output) ?? Path.GetFileNameWithoutExtension(path) + "-filled" + filled.Extension);
            if (string.Equals(Path.GetFullPath(path), target, StringComparison.Ordinal))
            {
                throw new UsageException("the output file is the template itself; choose another with -o");
            }

            WriteAtomically(target, filled.Content);
            TemplateFieldsView.WriteFilled(context, target, filled, parse.GetValue(json));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Dictionary<string, string> ParseValues(string[] pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"--set needs NAME=VALUE, got '{pair}'");
            }

            values[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return values;
    }

    // Written beside the target and moved into place, so a failure never leaves half a file.
    private static void WriteAtomically(string target, byte[] content)
    {
        var temporary = target + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
