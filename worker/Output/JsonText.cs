using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Daisee.Billing.Contract;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// Every JSON output is written here: UTF-8 without BOM, 2-space indentation, LF, trailing newline.
/// The writer fills one buffer sized for a member's document, copied out once (no stream between).
/// </summary>
public static class JsonText
{
    private const int Capacity = 16384;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(Capacity);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return WithNewLine(buffer);
    }

    /// <summary>A document of the output contract, the bytes of <see cref="ContractJson.Write"/>.</summary>
    public static byte[] Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(Capacity);
        using (var writer = new Utf8JsonWriter(buffer, ContractJson.WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return WithNewLine(buffer);
    }

    private static byte[] WithNewLine(ArrayBufferWriter<byte> buffer)
    {
        var bytes = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return bytes;
    }
}
