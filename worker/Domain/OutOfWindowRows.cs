namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// The rows of one curve file whose steps fall outside the billed period, counted at ingest
/// instead of being passed on one by one: all of one meter, the first at <paramref name="FirstLine"/>.
/// Validation counts them out of scope exactly as it would the same rows as readings.
/// </summary>
public readonly record struct OutOfWindowRows(string Source, Prm Prm, int FirstLine, long Rows);
