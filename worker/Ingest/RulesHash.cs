using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The fingerprint of the rules members approve: sha256 (hex, lower case) of the canonical
/// JSON of <c>collective.json</c> without its cosmetic fields (<see cref="Cosmetic"/>).
/// Canonical = object keys sorted by ordinal, no insignificant white space, numbers exactly
/// as written, strings with minimal escaping. Re-indenting or re-ordering the file keeps the hash.
/// </summary>
public static class RulesHash
{
    public static readonly IReadOnlySet<string> Cosmetic = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "name", "description", "comment", "location",
    };

    public static string Compute(JsonElement root) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(root))));

    public static string Canonical(JsonElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteCanonical(writer, root, topLevel: true);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element, bool topLevel)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject()
                             .Where(p => !topLevel || !Cosmetic.Contains(p.Name))
                             .OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value, topLevel: false);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item, topLevel: false);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
