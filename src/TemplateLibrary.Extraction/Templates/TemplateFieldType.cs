namespace TemplateLibrary.Extraction.Templates;

/// <summary>What kind of value a template field probably wants.</summary>
public enum TemplateFieldType
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A council's name.</summary>
    Council,

    /// <summary>A person's name (or a signature).</summary>
    Person,

    /// <summary>A date.</summary>
    Date,

    /// <summary>A sum of money.</summary>
    Money,

    /// <summary>A number or percentage.</summary>
    Number,
}
