namespace Daisee.Billing.Worker.Domain;

/// <summary>A grid operator delivery point identifier (PRM/PDL): exactly 14 digits.</summary>
public readonly record struct Prm : IComparable<Prm>
{
    private Prm(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out Prm prm)
    {
        var trimmed = text?.Trim();
        if (trimmed is { Length: 14 } && trimmed.All(char.IsAsciiDigit))
        {
            prm = new Prm(trimmed);
            return true;
        }

        prm = default;
        return false;
    }

    public static Prm Parse(string text) =>
        TryParse(text, out var prm) ? prm : throw new FormatException($"'{text}' is not a 14-digit PRM.");

    public int CompareTo(Prm other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator <(Prm left, Prm right) => left.CompareTo(right) < 0;

    public static bool operator <=(Prm left, Prm right) => left.CompareTo(right) <= 0;

    public static bool operator >(Prm left, Prm right) => left.CompareTo(right) > 0;

    public static bool operator >=(Prm left, Prm right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value ?? string.Empty;
}
