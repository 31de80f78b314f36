namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// One raw data line of a keys file, every field as text: <c>start,prm,coefficient</c>
/// (dynamic-simple, <see cref="Producer"/> null) or <c>start,producer,consumer,coefficient</c> (full-dynamic).
/// </summary>
public sealed record KeyRow(int Line, string Start, string? Producer, string Consumer, string Coefficient);
