namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// One schema violation: the field's path as issues name it (<c>participants[1].staticKey</c>,
/// <c>$</c> for the document), the message, and whether the value is a JSON <c>null</c> inside an
/// object (absent, by the documented convention, so not a problem).
/// </summary>
public sealed record SchemaProblem(string Path, string Message, bool NullInObject = false);
