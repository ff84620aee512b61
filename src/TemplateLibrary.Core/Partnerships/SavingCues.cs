using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Partnerships;

/// <summary>The words that make a figure a saving or a cost, give its period and tell a plan from a result.</summary>
internal static partial class SavingCues
{
    private const string CostWords = @"(?:costs?|spend(?:ing)?|budgets?|prices?|expenditure|overheads|charges|bills?)";

    /// <summary>A saving word before the figure ("a saving of", "saves the three councils", "savings are about").</summary>
    [GeneratedRegex(@"\b(?:sav(?:e|es|ed|ing|ings)|cashable|efficienc(?:y|ies))\b", RegexOptions.IgnoreCase)]
    public static partial Regex SavingBefore();

    /// <summary>"reduce the combined cost of ICT by at least" right before the figure: a cut in a cost.</summary>
    [GeneratedRegex(@"\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?)\s+(?<object>(?:\S+\s+){0,10}?)by\s+(?:(?:at\s+least|about|around|up\s+to|over|more\s+than|some|an\s+average\s+of|a\s+further)\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex CutBefore();

    /// <summary>A word of cost in the thing a cut applies to.</summary>
    [GeneratedRegex(@"\b" + CostWords + @"\b", RegexOptions.IgnoreCase)]
    public static partial Regex CostObject();

    /// <summary>A saving word right after the figure ("£2.91 million a year less", "£300,000 annual reduction", "£9m of savings").</summary>
    [GeneratedRegex(@"^\s*(?:(?:a\s+year|per\s+year|per\s+annum|annual|recurring|cashable)\s+)?(?:less|lower|cheaper|reduction|savings?|efficienc(?:y|ies))\b|^\s*(?:of|in)\s+(?:\w+\s+)?(?:savings|efficiencies)\b", RegexOptions.IgnoreCase)]
    public static partial Regex SavingAfter();

    /// <summary>"a 34% reduction in combined annual network costs": a percentage cut in a cost.</summary>
    [GeneratedRegex(@"^\s*(?:reduction|saving|cut)\s+(?:in|on|to)\s+(?:\S+\s+){0,4}?" + CostWords + @"\b", RegexOptions.IgnoreCase)]
    public static partial Regex PercentCutAfter();

    /// <summary>A cost of setting up before the figure ("one-off implementation costs are estimated at").</summary>
    [GeneratedRegex(@"\b(?:one[- ]off|set[- ]?up|setting\s+up|start[- ]up|implementation|transition|redundancy|mobilisation)\s+(?:\S+\s+){0,2}?(?:costs?|budget|cost\s+about)\b", RegexOptions.IgnoreCase)]
    public static partial Regex CostBefore();

    /// <summary>A cost of setting up right after the figure ("£350,000 one-off", "(after £220,000 of one-off costs)").</summary>
    [GeneratedRegex(@"^\s*(?:of\s+)?(?:one[- ]off|set[- ]?up|implementation\s+costs?|transition\s+costs?|redundancy\s+costs?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex CostAfter();

    /// <summary>Words right before a figure that make it a baseline, a budget, income or a gap, not a saving.</summary>
    [GeneratedRegex(@"\b(?:(?:budget|baseline|turnover|gap|income|sum|worth|price|contract|funding)\s+(?:of\s+)?|(?:find|found|need|needs|needed|requires?|required|against|from|contributes?|contributed|contributions?)\s+)(?:(?:about|around|some|over|at\s+least)\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex NotSavingBefore();

    /// <summary>"a year" and the like right after the figure.</summary>
    [GeneratedRegex(@"^\s*\)?\s*(?:a\s+year|per\s+year|per\s+annum|p\.a\.|each\s+year|every\s+year|annually|in\s+a\s+full\s+year|a\s+full\s+year)\b", RegexOptions.IgnoreCase)]
    public static partial Regex AnnualAfter();

    /// <summary>A yearly figure anywhere near.</summary>
    [GeneratedRegex(@"\b(?:a\s+year|per\s+year|per\s+annum|annual|annually|recurring|each\s+year|every\s+year|a\s+full\s+year)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Annual();

    /// <summary>A figure over several years or to date.</summary>
    [GeneratedRegex(@"\bover\s+(?:(?:the|its|their|a)\s+)?(?:(?:first|next|last|past)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+years\b|\bover\s+the\s+(?:contract|term|life)\b|\bcumulative(?:ly)?\b|\bin\s+total\b|\bto\s+date\b", RegexOptions.IgnoreCase)]
    public static partial Regex Total();

    /// <summary>Words that report a result rather than a plan.</summary>
    [GeneratedRegex(@"\b(?:saved|realised|realized|delivered|achieved|completed|came\s+(?:mainly\s+)?from|(?:is|are)\s+saving|the\s+result\s+was|reduced\s+(?:the|its|their|our)\b|(?:has|have|had)\s+(?:\w+\s+)?\w+ed\b|(?:was|were)\s+(?:\w+\s+)?(?:met|made|saved|cut))", RegexOptions.IgnoreCase)]
    public static partial Regex Achieved();

    /// <summary>Where a clause ends for the purpose of tying a cue to a figure.</summary>
    [GeneratedRegex(@"[;|]")]
    public static partial Regex ClauseBreak();

    /// <summary>A word.</summary>
    [GeneratedRegex(@"\S+")]
    public static partial Regex Word();
}
