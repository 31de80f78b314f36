namespace Daisee.Billing.Worker.Domain;

/// <summary>The supplier offer that applies to a member.</summary>
public static class MemberOffer
{
    /// <summary>The member's <c>supplierOffer</c>, else its <c>supplierPriceEurPerKwh</c> as an energy-only price HT, else the collective's default offer.</summary>
    public static SupplierOffer? Of(Participant participant, Collective collective) =>
        participant.Offer
        ?? (participant.SupplierPrice is { } price ? new SupplierOffer("Offre du fournisseur (prix de l'énergie HT)") { EnergyPriceHt = price } : null)
        ?? collective.DefaultOffer;
}
