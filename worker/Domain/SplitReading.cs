namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// One value of the grid operator's ACC split (CSV or ACC API JSON), normalised to a UTC
/// step and mWh. Produced by Ingest, reconciled by Allocation.
/// </summary>
public readonly record struct SplitReading(Prm Prm, Step Step, SplitQuantity Quantity, Energy Energy, string Source, int Line);
