using System.Text.Json;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Where the plant is, in degrees (latitude north, longitude east), from <c>collective.json</c>'s
/// optional <c>location</c>. Without one, the centre of metropolitan France is assumed and
/// the forecast says so (<see cref="Assumed"/>).
/// </summary>
public sealed record Site(double Latitude, double Longitude, bool Assumed)
{
    public static readonly Site FranceCentre = new(46.6, 2.4, true);

    public static Site Read(Stream collectiveJson)
    {
        try
        {
            using var document = JsonDocument.Parse(collectiveJson, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.Object
                && location.TryGetProperty("latitude", out var lat) && lat.TryGetDouble(out var latitude) && latitude is >= -90 and <= 90
                && location.TryGetProperty("longitude", out var lon) && lon.TryGetDouble(out var longitude) && longitude is >= -180 and <= 180)
            {
                return new Site(latitude, longitude, false);
            }
        }
        catch (JsonException)
        {
            // collective.json itself is validated (and rejected) by the collective reader.
        }

        return FranceCentre;
    }
}
