namespace TemplateLibrary.Web;

internal static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/api/health", () => Results.Ok(new { status = "ok" }));
        app.Run();
    }
}
