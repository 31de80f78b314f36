using System.Collections.Immutable;
using NodaTime;

namespace Daisee.Billing.Worker.Domain;

/// <summary>A validated <c>collective.json</c>: the members and the rules they approved.</summary>
public sealed record Collective(
    string Name,
    string OperationId,
    DateTimeZone Zone,
    int StepMinutes,
    string Currency,
    ImmutableArray<Participant> Participants,
    AllocationRules Allocation,
    ImmutableArray<LocalPriceSet> LocalPrices,
    RegulatedOptions Regulated,
    Policies Policies)
{
    /// <summary>Hex sha256 of the canonical rules part of <c>collective.json</c> (see <c>Ingest.RulesHash</c>).</summary>
    public string RulesHash { get; init; } = string.Empty;

    /// <summary>Members agreed to appear by name in the collective-wide report.</summary>
    public bool PublishNames { get; init; }

    /// <summary>The legal sellers of local energy and the PMO (<c>sellers[]</c>), by id.</summary>
    public ImmutableArray<Seller> Sellers { get; init; } = [];

    public InvoicingRules Invoicing { get; init; } = InvoicingRules.Default;

    /// <summary>The supplier offer of consumers that declare none (<c>defaultSupplierOffer</c>).</summary>
    public SupplierOffer? DefaultOffer { get; init; }

    public Seller? SellerOf(string? id) => id is null ? null : Sellers.FirstOrDefault(s => s.Id == id);

    public Participant? Find(Prm prm) => Participants.FirstOrDefault(p => p.Prm == prm);
}
