using System.Text.Json.Serialization;

namespace Daisee.Billing.Contract;

/// <summary>
/// <c>computed.json</c>, the iExec contract: <c>deterministic-output-path</c> names the file the
/// result digest is computed over (the manifest); <c>error-message</c> only when the input was rejected.
/// </summary>
public sealed record ComputedDocument(
    [property: JsonPropertyName("deterministic-output-path")] string DeterministicOutputPath,
    [property: JsonPropertyName("error-message"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ErrorMessage = null)
{
    public const string FileName = "computed.json";
}
