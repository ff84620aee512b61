using TemplateLibrary.Tools.RelevanceEval;

// Usage: dotnet run --project tools/RelevanceEval -c Release -- [--set FILE] [--templib PATH] [--index DIR | --corpus DIR --manifest FILE.csv]
//        [--split tune|blind] [--verbose] [--json] [--self-check]
// Exit codes: 0 figures printed, 1 self-check failed, 2 usage error or bad judged set, 3 templib failed.
try
{
    var root = RepositoryRoot.Find();
    var options = EvalOptions.Parse(args, root);
    if (options.SelfCheck)
    {
        return SelfCheck.Run(Console.Out);
    }

    var queries = JudgedSetReader.Read(options.SetPath)
        .Where(query => options.Split is null || query.Split == options.Split)
        .ToList();
    var report = Evaluation.Run(options, root, queries, Console.Error);
    if (options.Json)
    {
        JsonReport.Write(report, Console.Out, options.Verbose);
    }
    else
    {
        TextReport.Write(report, Console.Out, options.Verbose);
    }

    return 0;
}
catch (UsageException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(EvalOptions.Usage);
    return 2;
}
catch (TemplibFailedException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 3;
}
