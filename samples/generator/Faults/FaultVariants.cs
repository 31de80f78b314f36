using System.Collections.Immutable;

namespace Daisee.Billing.SampleGenerator.Faults;

/// <summary>The names accepted by --variant, in the order the README lists them.</summary>
public static class FaultVariants
{
    public const string All = "all";

    public static ImmutableArray<string> Names { get; } =
        ["clean", "unknown-prm", "duplicate-rows", "gap", "negative-value", "bad-timestamp", "empty-value"];

    public static string Summary(string variant) => variant switch
    {
        "clean" => "No fault: the baseline the other variants are derived from.",
        "unknown-prm" => "An extra curve file for a PRM that collective.json does not list.",
        "duplicate-rows" => "Rows repeated identically, and one conflicting duplicate with another value.",
        "gap" => "A 3-hour hole: six consecutive half-hours missing in one consumer file.",
        "negative-value" => "One negative Valeur.",
        "bad-timestamp" => "One unparseable Horodate and one misaligned (10:17) Horodate.",
        "empty-value" => "One row with an empty Valeur, as Enedis sends for a missing point.",
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "unknown variant"),
    };
}
