namespace TemplateLibrary.Extraction.Xlsx;

/// <summary>How a cell's number is shown: as it is, as a date, a time of day, a date and time, or a percentage.</summary>
internal enum NumberFormatKind
{
    General,
    Date,
    Time,
    DateTime,
    Percent,
}
