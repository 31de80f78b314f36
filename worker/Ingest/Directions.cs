using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>The grid operator's words for a curve's direction (Grandeur metier and its variants).</summary>
public static class Directions
{
    public static Direction? Parse(string? text)
    {
        var t = HeaderNames.Normalise(text ?? string.Empty);
        return t.StartsWith("cons", StringComparison.Ordinal) || t.StartsWith("soutir", StringComparison.Ordinal) ? Direction.Consumption
            : t.StartsWith("prod", StringComparison.Ordinal) || t.StartsWith("inject", StringComparison.Ordinal) ? Direction.Production
            : null;
    }
}
