using System.Text.Json;
using System.Text.Json.Serialization;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Source-generated binding of <c>collective.json</c> onto <see cref="CollectiveFile"/> (camelCase,
/// comments and trailing commas allowed): no reflection, so the worker publishes fully trimmed.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(CollectiveFile))]
public sealed partial class CollectiveJsonContext : JsonSerializerContext;
