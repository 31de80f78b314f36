using System.Reflection;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Tests.Conventions;

/// <summary>Every type of the Domain namespace is immutable: no settable property (init only), no writable field.</summary>
[TestFixture]
public sealed class DomainImmutabilityTests
{
    private static IEnumerable<Type> DomainTypes() => typeof(Energy).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(Energy).Namespace && !t.IsEnum && !t.IsInterface && !IsCompilerGenerated(t));

    [Test]
    public void DomainTypes_HaveNoPublicSetters()
    {
        var offenders = DomainTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void DomainTypes_HaveNoWritableFields()
    {
        var offenders = DomainTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && !IsCompilerGenerated(f))
                .Select(f => $"{t.Name}.{f.Name}"))
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void DomainTypes_AreSealedRecordsOrReadonlyStructsOrStaticClasses()
    {
        var offenders = DomainTypes()
            .Where(t => !(t.IsValueType && t.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"))
                && !(t.IsClass && t.IsSealed)
                && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.Name)
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null || member.Name.Contains('<', StringComparison.Ordinal);
}
