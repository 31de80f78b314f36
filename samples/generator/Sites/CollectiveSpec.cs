using System.Collections.Immutable;

namespace Daisee.Billing.SampleGenerator.Sites;

/// <summary>A whole collective: what collective.json says plus the site for the physics.</summary>
public sealed record CollectiveSpec(
    string Name,
    string OperationId,
    decimal Latitude,
    decimal Longitude,
    ImmutableArray<ParticipantSpec> Participants)
{
    public const string TimeZoneId = "Europe/Paris";
    public const int StepMinutes = 30;

    /// <summary>The embedded overlay (Sites/*.json) with the sample's invoicing data, if any.</summary>
    public string? BillingOverlay { get; init; }
}
