using System.Text.Json;
using System.Text.Json.Serialization;

namespace Daisee.Billing.Contract;

/// <summary>Writes a <see cref="Fraction"/> as its number or as <c>null</c>.</summary>
public sealed class FractionJsonConverter : JsonConverter<Fraction>
{
    public override bool HandleNull => true;

    public override Fraction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? new Fraction(null) : new Fraction(reader.GetDecimal());

    public override void Write(Utf8JsonWriter writer, Fraction value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
