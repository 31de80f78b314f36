using System.Text.Json.Serialization;

namespace Daisee.Billing.Contract;

/// <summary>Source-generated metadata for every contract document (no reflection: the worker publishes trimmed).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ComputedDocument))]
[JsonSerializable(typeof(ManifestDocument))]
[JsonSerializable(typeof(ParticipantBillDocument))]
[JsonSerializable(typeof(ParticipantStatementDocument))]
[JsonSerializable(typeof(SummaryDocument))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
