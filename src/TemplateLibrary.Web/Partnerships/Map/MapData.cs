using System.Globalization;
using TemplateLibrary.Core.Csv;

namespace TemplateLibrary.Web.Partnerships.Map;

/// <summary>The map's data, read once from the files shipped inside the assembly: council points and the outline.</summary>
internal sealed class MapData
{
    private static readonly Lazy<MapData> Shipped = new(Load);

    private MapData(Dictionary<string, MapPoint> councils, Dictionary<string, List<MapPoint>> outline)
    {
        Councils = councils;
        Outline = outline;
    }

    /// <summary>The map data that ships with the product.</summary>
    public static MapData Default => Shipped.Value;

    /// <summary>A point per council name (any case).</summary>
    public IReadOnlyDictionary<string, MapPoint> Councils { get; }

    /// <summary>The outline's shapes, each a closed list of points.</summary>
    public IReadOnlyDictionary<string, List<MapPoint>> Outline { get; }

    private static MapData Load()
    {
        var councils = new Dictionary<string, MapPoint>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in new[] { "centroids.csv", "sample-centroids.csv" })
        {
            foreach (var (line, fields) in Rows(file))
            {
                councils[fields[0]] = Point(file, line, fields[2], fields[1]);
            }
        }

        var outline = new Dictionary<string, List<MapPoint>>(StringComparer.Ordinal);
        foreach (var (line, fields) in Rows("outline.csv"))
        {
            if (!outline.TryGetValue(fields[0], out var shape))
            {
                outline[fields[0]] = shape = [];
            }

            shape.Add(Point("outline.csv", line, fields[1], fields[2]));
        }

        return new MapData(councils, outline);
    }

    // The rows after the header; a row without three fields is a fault in a shipped file.
    private static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Rows(string file)
    {
        using var stream = typeof(MapData).Assembly.GetManifestResourceStream("map/" + file)
            ?? throw new InvalidOperationException($"map data '{file}' is not in the assembly");
        using var reader = new StreamReader(stream);
        foreach (var row in CsvTable.Parse(reader.ReadToEnd()).Skip(1))
        {
            yield return row.Fields.Count >= 3 ? row : throw new InvalidOperationException($"map data '{file}' line {row.Line}: expected three fields");
        }
    }

    private static MapPoint Point(string file, int line, string lon, string lat) =>
        double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            ? new MapPoint(x, y)
            : throw new InvalidOperationException($"map data '{file}' line {line}: '{lon}, {lat}' is not a longitude and latitude");
}
