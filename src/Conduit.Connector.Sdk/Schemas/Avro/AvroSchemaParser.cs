using System.Text.Json;

namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>
/// Parses the JSON form of an Avro schema (System.Text.Json's DOM, so no reflection). Supports every type of
/// the specification, named references, namespaces, recursive records and the standard logical types; ignores
/// <c>doc</c>, <c>aliases</c>, <c>default</c>, <c>order</c> and unknown attributes.
/// </summary>
internal sealed class AvroSchemaParser
{
    private readonly Dictionary<string, AvroNamedSchema> _named = new(StringComparer.Ordinal);

    private AvroSchemaParser()
    {
    }

    /// <summary>Parses schema text.</summary>
    /// <param name="utf8">The schema as UTF-8 JSON.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="FormatException">The text is not JSON or not a valid Avro schema.</exception>
    public static AvroSchema Parse(ReadOnlySpan<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException e)
        {
            throw new FormatException($"the schema is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            return new AvroSchemaParser().ParseSchema(document.RootElement, string.Empty);
        }
    }

    private AvroSchema ParseSchema(JsonElement element, string enclosingNamespace) => element.ValueKind switch
    {
        JsonValueKind.String => ParseName(element.GetString()!, enclosingNamespace),
        JsonValueKind.Array => ParseUnion(element, enclosingNamespace),
        JsonValueKind.Object => ParseObject(element, enclosingNamespace),
        _ => throw new FormatException($"a schema must be a string, an object or an array, not {element.ValueKind}: {element.GetRawText()}"),
    };

    private AvroSchema ParseName(string name, string enclosingNamespace)
    {
        if (TryPrimitive(name) is { } primitive)
        {
            return AvroPrimitiveSchema.Of(primitive);
        }

        if (_named.TryGetValue(AvroNames.Qualify(name, enclosingNamespace), out var named) || _named.TryGetValue(name, out named))
        {
            return named;
        }

        throw new FormatException($"unknown type \"{name}\"");
    }

    private AvroUnionSchema ParseUnion(JsonElement element, string enclosingNamespace)
    {
        var branches = new List<AvroSchema>(element.GetArrayLength());
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in element.EnumerateArray())
        {
            var branch = ParseSchema(item, enclosingNamespace);
            if (branch.Type == AvroType.Union)
            {
                throw new FormatException("a union may not directly contain another union");
            }

            var key = branch is AvroNamedSchema named ? named.FullName : AvroSchemaText.TypeName(branch.Type);
            if (!keys.Add(key))
            {
                throw new FormatException($"the union contains {key} twice");
            }

            branches.Add(branch);
        }

        return branches.Count > 0 ? new AvroUnionSchema(branches) : throw new FormatException("a union needs at least one branch");
    }

    private AvroSchema ParseObject(JsonElement element, string enclosingNamespace)
    {
        if (!element.TryGetProperty("type", out var typeElement))
        {
            throw new FormatException($"the schema has no \"type\": {element.GetRawText()}");
        }

        if (typeElement.ValueKind != JsonValueKind.String)
        {
            return ParseSchema(typeElement, enclosingNamespace);
        }

        var type = typeElement.GetString()!;
        switch (type)
        {
            case "record" or "error":
                return ParseRecord(element, enclosingNamespace);
            case "enum":
                return ParseEnum(element, enclosingNamespace);
            case "fixed":
                return ParseFixed(element, enclosingNamespace);
            case "array":
                return new AvroArraySchema(ParseSchema(Required(element, "items", "array"), enclosingNamespace));
            case "map":
                return new AvroMapSchema(ParseSchema(Required(element, "values", "map"), enclosingNamespace));
        }

        if (TryPrimitive(type) is not { } primitive)
        {
            return ParseName(type, enclosingNamespace);
        }

        var logical = element.TryGetProperty("logicalType", out var logicalElement) && logicalElement.ValueKind == JsonValueKind.String
            ? AvroLogicalType.Create(logicalElement.GetString()!, primitive, OptionalInt(element, "precision"), OptionalInt(element, "scale"), 0)
            : null;
        return logical is null ? AvroPrimitiveSchema.Of(primitive) : new AvroPrimitiveSchema(primitive, logical);
    }

    private AvroRecordSchema ParseRecord(JsonElement element, string enclosingNamespace)
    {
        var fullName = DeclareName(element, enclosingNamespace, "record");
        var record = new AvroRecordSchema(fullName);
        _named.Add(fullName, record);
        var fieldsElement = Required(element, "fields", "record");
        if (fieldsElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"the fields of record {fullName} must be an array");
        }

        var recordNamespace = AvroNames.NamespaceOf(fullName);
        var fields = new List<AvroField>(fieldsElement.GetArrayLength());
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fieldElement in fieldsElement.EnumerateArray())
        {
            var name = RequiredString(fieldElement, "name", $"a field of record {fullName}");
            if (!AvroNames.IsValidName(name) || !names.Add(name))
            {
                throw new FormatException($"record {fullName}: field name \"{name}\" is invalid or repeated");
            }

            fields.Add(new AvroField(name, ParseSchema(Required(fieldElement, "type", $"field {name}"), recordNamespace)));
        }

        record.SetFields(fields);
        return record;
    }

    private AvroEnumSchema ParseEnum(JsonElement element, string enclosingNamespace)
    {
        var fullName = DeclareName(element, enclosingNamespace, "enum");
        var symbolsElement = Required(element, "symbols", "enum");
        var symbols = new List<string>();
        if (symbolsElement.ValueKind == JsonValueKind.Array)
        {
            foreach (var symbol in symbolsElement.EnumerateArray())
            {
                var text = symbol.ValueKind == JsonValueKind.String ? symbol.GetString()! : string.Empty;
                if (!AvroNames.IsValidName(text) || symbols.Contains(text))
                {
                    throw new FormatException($"enum {fullName}: symbol {symbol.GetRawText()} is invalid or repeated");
                }

                symbols.Add(text);
            }
        }

        if (symbols.Count == 0)
        {
            throw new FormatException($"enum {fullName} needs an array of symbols");
        }

        var enumSchema = new AvroEnumSchema(fullName, symbols);
        _named.Add(fullName, enumSchema);
        return enumSchema;
    }

    private AvroFixedSchema ParseFixed(JsonElement element, string enclosingNamespace)
    {
        var fullName = DeclareName(element, enclosingNamespace, "fixed");
        var sizeElement = Required(element, "size", "fixed");
        if (sizeElement.ValueKind != JsonValueKind.Number || !sizeElement.TryGetInt32(out var size) || size < 0)
        {
            throw new FormatException($"fixed {fullName}: size must be a non-negative integer");
        }

        var logical = element.TryGetProperty("logicalType", out var logicalElement) && logicalElement.ValueKind == JsonValueKind.String
            ? AvroLogicalType.Create(logicalElement.GetString()!, AvroType.Fixed, OptionalInt(element, "precision"), OptionalInt(element, "scale"), size)
            : null;
        var fixedSchema = new AvroFixedSchema(fullName, size, logical);
        _named.Add(fullName, fixedSchema);
        return fixedSchema;
    }

    private string DeclareName(JsonElement element, string enclosingNamespace, string what)
    {
        var name = RequiredString(element, "name", what);
        var ns = element.TryGetProperty("namespace", out var nsElement) && nsElement.ValueKind == JsonValueKind.String
            ? nsElement.GetString()!
            : enclosingNamespace;
        var fullName = AvroNames.Qualify(name, ns);
        if (!AvroNames.IsValidFullName(fullName))
        {
            throw new FormatException($"{what} name \"{fullName}\" is not a valid Avro name");
        }

        if (TryPrimitive(fullName) is not null || _named.ContainsKey(fullName))
        {
            throw new FormatException($"{what} name \"{fullName}\" is already defined");
        }

        return fullName;
    }

    private static JsonElement Required(JsonElement element, string property, string what) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            ? value
            : throw new FormatException($"{what} has no \"{property}\"");

    private static string RequiredString(JsonElement element, string property, string what)
    {
        var value = Required(element, property, what);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"{what}: \"{property}\" must be a string");
    }

    private static int OptionalInt(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : 0;

    private static AvroType? TryPrimitive(string name) => name switch
    {
        "null" => AvroType.Null,
        "boolean" => AvroType.Boolean,
        "int" => AvroType.Int,
        "long" => AvroType.Long,
        "float" => AvroType.Float,
        "double" => AvroType.Double,
        "bytes" => AvroType.Bytes,
        "string" => AvroType.String,
        _ => null,
    };
}
