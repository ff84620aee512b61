using TemplateLibrary.Core.Versions;

namespace TemplateLibrary.Core.Tests.Versions;

public sealed class TitleStemTests
{
    [Theory]
    [InlineData("Data Sharing Agreement Template (revised)")]
    [InlineData("DRAFT Data Sharing Agreement Template v2")]
    [InlineData("Data Sharing Agreement Template - Final 12 March 2024")]
    [InlineData("Copy of Data Sharing Agreement Template (2)")]
    [InlineData("Data Sharing Agreement Template version 1.3 2023-03-14.docx")]
    [InlineData("Data-Sharing Agreement Template, March 2021")]
    public void Of_VersionMarkersAndDates_AreDropped(string title) =>
        TitleStem.Of(title).Should().Be("data sharing agreement template");

    [Theory]
    [InlineData("Data Sharing Agreement Template", "Information Sharing Protocol")]
    [InlineData("Schedule 2 Service Levels", "Schedule 3 Service Levels")]
    [InlineData("Shared Legal Service MOU", "Shared Audit Service MOU")]
    public void Of_DifferentDocuments_KeepDifferentStems(string first, string second) =>
        TitleStem.Of(first).Should().NotBe(TitleStem.Of(second));
}
