namespace TemplateLibrary.Web.Hosting;

/// <summary>What the request log says of one request.</summary>
internal readonly record struct RequestLine(string Method, string Path, int Status, double Milliseconds);
