namespace Daisee.Billing.Worker.Billing;

/// <summary>Which document a <see cref="Bill"/> is.</summary>
public enum BillKind
{
    /// <summary>The local-energy invoice (producer or PMO → member): issued exactly.</summary>
    LocalInvoice,

    /// <summary>An estimate of the member's supplier invoice for the complement, network tariff and taxes.</summary>
    SupplierEstimate,

    /// <summary>What the member would have paid its supplier for all its consumption without the collective.</summary>
    WithoutCollective,

    /// <summary>A producer's statement: energy sold to members and surplus.</summary>
    ProducerStatement,
}
