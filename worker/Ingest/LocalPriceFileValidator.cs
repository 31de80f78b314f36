using Daisee.Billing.Worker.Ingest;
using FluentValidation;

namespace Daisee.Billing.Worker.Ingest;

public sealed class LocalPriceFileValidator : AbstractValidator<LocalPriceFile>
{
    public LocalPriceFileValidator()
    {
        RuleFor(p => p.From).NotEmpty().Must(CollectiveValues.IsDateOrNull)
            .WithMessage("from must be a local date yyyy-MM-dd; found '{PropertyValue}'.")
            .OverridePropertyName("from");
        RuleFor(p => p.Classes).NotEmpty().Must(c => c is null || CollectiveValues.IsKnownClassSet(c.Keys))
            .WithMessage("classes must be {base}, {HP, HC} or {HPH, HCH, HPB, HCB}.")
            .OverridePropertyName("classes");
        RuleFor(p => p.Classes).Must(c => c is null || c.Values.All(v => v is >= 0m and <= CollectiveFileValidator.MaxEurosPerKwh))
            .WithMessage($"prices must be between 0 and {CollectiveFileValidator.MaxEurosPerKwh} EUR/kWh.").OverridePropertyName("classes");
        RuleFor(p => p.OffPeak).NotEmpty().When(p => p.Classes?.ContainsKey("HC") == true)
            .WithMessage("HP/HC prices need offPeak ranges such as \"22:00-06:00\".")
            .OverridePropertyName("offPeak");
        RuleForEach(p => p.OffPeak).Must(r => CollectiveValues.ParseRange(r) is not null)
            .WithMessage("'{PropertyValue}' is not a local time range HH:mm-HH:mm.")
            .OverridePropertyName("offPeak");
        RuleFor(p => p.MonthlyFeeEur).InclusiveBetween(0m, 1_000_000m).When(p => p.MonthlyFeeEur is not null)
            .OverridePropertyName("monthlyFeeEur");
    }
}
