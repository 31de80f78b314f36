namespace Daisee.Billing.Worker.Ingest;

/// <summary>Input text cut to a bounded length before it enters a message, so that no field of any size is copied whole.</summary>
public static class TextBound
{
    public const int MaxQuotedChars = 80;

    /// <summary>The longest message built from input text (a validation message quoting a value).</summary>
    public const int MaxMessageChars = 400;

    /// <summary>A message cut at <see cref="MaxMessageChars"/>.</summary>
    public static string Message(string text) => text.Length <= MaxMessageChars ? text : string.Concat(text.AsSpan(0, MaxMessageChars), "…");

    public static string Quote(string? text) =>
        text is null ? string.Empty : text.Length <= MaxQuotedChars ? text : string.Concat(text.AsSpan(0, MaxQuotedChars), $"… ({text.Length} characters)");
}
