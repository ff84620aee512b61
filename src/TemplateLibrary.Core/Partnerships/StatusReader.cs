using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Partnerships;

/// <summary>Reads whether a document says its arrangement is proposed, operational or dissolved: the strongest state it
/// states, with the first sentence stating it. A proposal is read only from the opening of the document (its title,
/// summary and recommendations), since a later mention of "the proposal" says little.</summary>
public static partial class StatusReader
{
    private const int OpeningChars = 2500;
    private const int MaxEvidence = 300;

    /// <summary>The state the text states, or null.</summary>
    public static ArrangementStatus? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArrangementStatus? proposed = null;
        ArrangementStatus? operational = null;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (Dissolved().IsMatch(sentence.Text))
            {
                return new ArrangementStatus(ArrangementStatuses.Dissolved, Evidence(sentence.Text));
            }

            if (operational is null && Operational().IsMatch(sentence.Text))
            {
                operational = new ArrangementStatus(ArrangementStatuses.Operational, Evidence(sentence.Text));
            }
            else if (proposed is null && sentence.Start < OpeningChars && Proposed().IsMatch(sentence.Text))
            {
                proposed = new ArrangementStatus(ArrangementStatuses.Proposed, Evidence(sentence.Text));
            }
        }

        return operational ?? proposed;
    }

    private static string Evidence(string sentence) => sentence.Length <= MaxEvidence ? sentence : sentence[..MaxEvidence] + "…";

    [GeneratedRegex(@"\b(?:(?:was|were|has\s+been|have\s+been|will\s+be|is\s+to\s+be|is\s+being)\s+(?:formally\s+)?(?:dissolved|wound\s+up|disbanded|brought\s+to\s+an\s+end)|came\s+to\s+an\s+end|(?:returned|returns|will\s+return|brought\s+back)\s+(?:the\s+\w+\s+)?(?:service\s+)?in[- ]house|(?:ends|ended|end)\s+the\s+(?:partnership|joint\s+venture|shared\s+service|arrangement))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dissolved();

    [GeneratedRegex(@"\b(?:went\s+live|go-live\s+was|(?:has|have)\s+(?:now\s+)?(?:run|operated|been\s+running|been\s+operating|been\s+in\s+operation)|in\s+operation\s+since|now\s+in\s+its\s+\w+\s+year|since\s+(?:it|the\s+\w+)\s+(?:began|started|was\s+(?:set\s+up|established|formed))|(?:was|were)\s+(?:set\s+up|established|formed|launched|created)\s+in\s+(?:\w+\s+)?\d{4}|began\s+(?:operating|trading)|(?:is|are)\s+being\s+run\s+from\s+today)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Operational();

    [GeneratedRegex(@"\b(?:(?:is|are)\s+(?:asked|recommended)\s+to\s+(?:approve|agree)|recommend(?:s|ed)?\s+that|proposes?\s+(?:to|that)|the\s+proposed\s+(?:shared|joint)|business\s+case\s+for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Proposed();
}
