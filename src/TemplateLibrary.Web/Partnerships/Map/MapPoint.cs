namespace TemplateLibrary.Web.Partnerships.Map;

/// <summary>A place on the map in degrees.</summary>
internal readonly record struct MapPoint(double Lon, double Lat);
