using System.Collections.Immutable;
using System.Security.Cryptography;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>manifest.json</c>: the sha256 and size of every other output file (sorted by path) and of
/// every input file, the engine version and the rules hash. The task's on-chain result digest
/// is sha256(manifest.json), so it covers every file transitively.
/// </summary>
public static class ManifestWriter
{
    public const string FileName = "manifest.json";

    public static byte[] Write(ImmutableSortedDictionary<string, byte[]> outputs, IEnumerable<ManifestEntry> inputs, string rulesHash, string period) =>
        JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("engineVersion", EngineVersion.Value);
            w.WriteString("period", period);
            w.WriteString("rulesHash", rulesHash);
            w.WriteStartArray("files");
            foreach (var (path, bytes) in outputs)
            {
                WriteEntry(w, new ManifestEntry(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength));
            }

            w.WriteEndArray();
            w.WriteStartArray("inputs");
            foreach (var entry in inputs.OrderBy(e => e.Path, StringComparer.Ordinal))
            {
                WriteEntry(w, entry);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static void WriteEntry(System.Text.Json.Utf8JsonWriter w, ManifestEntry entry)
    {
        w.WriteStartObject();
        w.WriteString("path", entry.Path);
        w.WriteString("sha256", entry.Sha256);
        w.WriteNumber("bytes", entry.Bytes);
        w.WriteEndObject();
    }
}
