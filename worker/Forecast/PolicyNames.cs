using System.Collections.Immutable;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>Key policies the simulator compares: the three rules of <c>collective.json</c>'s vocabulary, and the collective's current rules.</summary>
public static class PolicyNames
{
    public const string Prorata = "prorata";
    public const string Static = "static";
    public const string Cascade = "cascade";
    public const string Current = "current";

    public static readonly ImmutableArray<string> All = [Prorata, Static, Cascade, Current];
}
