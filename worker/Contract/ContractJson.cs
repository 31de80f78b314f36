using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Daisee.Billing.Contract;

/// <summary>
/// How every contract document is written and read: UTF-8 without BOM, 2-space indentation,
/// LF, a trailing newline, non-ASCII letters kept as they are (names are French).
/// </summary>
public static class ContractJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads a document; throws <see cref="JsonException"/> when the bytes are not one.</summary>
    public static T Read<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(utf8, typeInfo) ?? throw new JsonException($"The document is JSON null, not a {typeof(T).Name}.");
}
