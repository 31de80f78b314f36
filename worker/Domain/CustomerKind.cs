namespace Daisee.Billing.Worker.Domain;

/// <summary>Who a member is for invoicing: the mandatory mentions depend on it (docs/billing.md).</summary>
public enum CustomerKind
{
    /// <summary>A consumer (natural person): complaint procedure and the Médiateur national de l'énergie.</summary>
    Household,

    /// <summary>A business buyer (Code de commerce L441-9): late-payment penalties and the 40 € recovery indemnity.</summary>
    Business,

    /// <summary>A public body: as a business buyer (late-payment interest and the 40 € indemnity of the Code de la commande publique).</summary>
    Public,
}
