using System.Text;

namespace TemplateLibrary.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return CliApp.Run(args, CliContext.FromProcess());
    }
}
