namespace Daisee.Billing.Worker.Domain;

/// <summary>Who issues the local-energy invoices.</summary>
public enum InvoicingMode
{
    /// <summary>Each seller issues its own invoice to each member it sold energy to.</summary>
    PerSeller,

    /// <summary>The PMO issues one invoice per member in the name and on behalf of the sellers (CGI art. 289 I-2).</summary>
    PmoMandate,
}
