using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>The <c>--simulate</c> mode: replays a month under several key policies.</summary>
public static class PolicySimulation
{
    public static string? Write(OutputSet files, History history, Collective collective, Site site, ImmutableArray<DatasetEntry> entries, PlanningArguments arguments, ConformityLog log) =>
        "--simulate is not available in this version.";
}
