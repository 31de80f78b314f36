namespace Daisee.Billing.Worker.Domain;

/// <summary>The grid operator's own flag on a point (Nature, IV, Statut_Point).</summary>
public enum ReadingQuality
{
    Measured,
    Estimated,
    Corrected,
}
