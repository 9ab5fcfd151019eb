using System.Globalization;
using System.Linq;
using Conduit.Connector.Sdk.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Conduit.Connector.Sdk.Generators;

/// <summary>Which C# types become which parameters.</summary>
internal sealed partial class Parser
{
    private const string Supported =
        "supported are string, integer types, float, double, bool, TimeSpan, enums, arrays and lists of those, Dictionary<string, T> of those or of classes, and classes with a parameterless constructor declared in this project";

    private TypeShape Classify(ITypeSymbol type)
    {
        var nullable = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapped)
        {
            type = wrapped.TypeArguments[0];
            nullable = true;
        }
        else if (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            nullable = true;
        }

        if (ScalarKind(type) is { } kind)
        {
            return new TypeShape(MemberShape.Scalar, kind, type, nullable, null, null);
        }

        if (ListElement(type) is { } element)
        {
            return ScalarKind(element) is { } elementKind && !IsNullableValue(element)
                ? new TypeShape(MemberShape.List, elementKind, element, nullable, null, null)
                : Unsupported("list elements must be non-nullable strings, numbers, booleans, TimeSpans or enums");
        }

        if (DictionaryTypes(type) is { } dictionary)
        {
            if (dictionary.Key.SpecialType != SpecialType.System_String)
            {
                return Unsupported("dictionary keys must be strings");
            }

            var value = dictionary.Value;
            if (ScalarKind(value) is { } valueKind && !IsNullableValue(value))
            {
                return new TypeShape(MemberShape.Map, valueKind, value, nullable, null, null);
            }

            var valueObject = ObjectType(value, out var valueProblem);
            return valueObject is not null
                ? new TypeShape(MemberShape.MapOfObjects, ValueKind.String, value, nullable, valueObject, null)
                : Unsupported("dictionary values must be non-nullable scalars or classes: " + valueProblem);
        }

        var objectType = ObjectType(type, out var problem);
        return objectType is not null
            ? new TypeShape(MemberShape.Nested, ValueKind.String, type, nullable, objectType, null)
            : Unsupported(problem ?? Supported);
    }

    private static TypeShape Unsupported(string error) => new(MemberShape.Scalar, ValueKind.String, null!, false, null, error);

    private static ValueKind? ScalarKind(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return ValueKind.String;
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
                return ValueKind.Integer;
            case SpecialType.System_Single:
                return ValueKind.Single;
            case SpecialType.System_Double:
                return ValueKind.Float;
            case SpecialType.System_Boolean:
                return ValueKind.Bool;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return ValueKind.Enum;
        }

        if (type is { Name: "TimeSpan", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
        {
            return ValueKind.Duration;
        }

        return null;
    }

    private static bool IsNullableValue(ITypeSymbol type) => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private static ITypeSymbol? ListElement(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named)
        {
            switch (named.OriginalDefinition.ToDisplayString())
            {
                case "System.Collections.Generic.List<T>":
                case "System.Collections.Generic.IList<T>":
                case "System.Collections.Generic.IReadOnlyList<T>":
                case "System.Collections.Generic.IEnumerable<T>":
                case "System.Collections.Generic.ICollection<T>":
                case "System.Collections.Generic.IReadOnlyCollection<T>":
                    return named.TypeArguments[0];
            }
        }

        return null;
    }

    private static (ITypeSymbol Key, ITypeSymbol Value)? DictionaryTypes(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 2 } named)
        {
            switch (named.OriginalDefinition.ToDisplayString())
            {
                case "System.Collections.Generic.Dictionary<TKey, TValue>":
                case "System.Collections.Generic.IDictionary<TKey, TValue>":
                case "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>":
                    return (named.TypeArguments[0], named.TypeArguments[1]);
            }
        }

        return null;
    }

    private INamedTypeSymbol? ObjectType(ITypeSymbol type, out string? problem)
    {
        problem = null;
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class } named || named.SpecialType != SpecialType.None)
        {
            problem = Supported;
            return null;
        }

        if (named.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal)))
        {
            problem = Supported;
            return null;
        }

        if (named.IsAbstract || named.IsStatic || named.IsGenericType)
        {
            problem = "nested configuration classes must not be abstract, static or generic";
            return null;
        }

        if (!named.Locations.Any(l => l.IsInSource))
        {
            problem = "nested configuration classes must be declared in this project, where their defaults can be read";
            return null;
        }

        if (!named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
        {
            problem = "nested configuration classes need a public or internal parameterless constructor";
            return null;
        }

        if (_objectStack.Any(t => SymbolEqualityComparer.Default.Equals(t, named)))
        {
            problem = "the class contains itself, which would make endless keys";
            return null;
        }

        return named;
    }

    private static (string Minimum, string Maximum) Range(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_SByte => ("sbyte.MinValue", "sbyte.MaxValue"),
        SpecialType.System_Byte => ("byte.MinValue", "byte.MaxValue"),
        SpecialType.System_Int16 => ("short.MinValue", "short.MaxValue"),
        SpecialType.System_UInt16 => ("ushort.MinValue", "ushort.MaxValue"),
        SpecialType.System_Int32 => ("int.MinValue", "int.MaxValue"),
        SpecialType.System_UInt32 => ("uint.MinValue", "uint.MaxValue"),
        SpecialType.System_Int64 => ("long.MinValue", "long.MaxValue"),
        SpecialType.System_UInt64 => ("0L", "long.MaxValue"),
        _ => (string.Empty, string.Empty),
    };

    private static (long Minimum, long Maximum) NumericRange(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_SByte => (sbyte.MinValue, sbyte.MaxValue),
        SpecialType.System_Byte => (byte.MinValue, byte.MaxValue),
        SpecialType.System_Int16 => (short.MinValue, short.MaxValue),
        SpecialType.System_UInt16 => (ushort.MinValue, ushort.MaxValue),
        SpecialType.System_Int32 => (int.MinValue, int.MaxValue),
        SpecialType.System_UInt32 => (uint.MinValue, uint.MaxValue),
        SpecialType.System_UInt64 => (0L, long.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };

    private static EquatableArray<EnumMemberModel> EnumMembers(ITypeSymbol enumType)
    {
        var typeName = TypeName(enumType);
        var members = enumType.GetMembers()
            .OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue)
            .Select(f =>
            {
                var text = f.GetAttributes()
                    .Where(a => a.AttributeClass?.ToDisplayString() == "Conduit.Connector.Sdk.ParameterValueAttribute")
                    .Select(a => a.ConstructorArguments.Length > 0 ? a.ConstructorArguments[0].Value as string : null)
                    .FirstOrDefault() ?? NameRules.ToParameterName(f.Name);
                return new EnumMemberModel(text, typeName + "." + f.Name, System.Convert.ToString(f.ConstantValue, CultureInfo.InvariantCulture) ?? string.Empty);
            });
        return new EquatableArray<EnumMemberModel>(members);
    }

    /// <summary>What a property type becomes; <see cref="Error"/> is set when it cannot be a parameter.</summary>
    private readonly record struct TypeShape(MemberShape Shape, ValueKind Kind, ITypeSymbol ValueType, bool IsNullable, INamedTypeSymbol? ObjectType, string? Error);
}
