namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>A parsed or extracted Avro schema: a tree (or, for recursive records, a graph) of these nodes.</summary>
internal abstract class AvroSchema
{
    public abstract AvroType Type { get; }

    /// <summary>Gets the canonical text of the schema (see <see cref="AvroSchemaText"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => AvroSchemaText.Write(this);
}

/// <summary>One of the primitive types, possibly with a logical type.</summary>
internal sealed class AvroPrimitiveSchema : AvroSchema
{
    public static readonly AvroPrimitiveSchema Null = new(AvroType.Null);
    public static readonly AvroPrimitiveSchema Boolean = new(AvroType.Boolean);
    public static readonly AvroPrimitiveSchema Int = new(AvroType.Int);
    public static readonly AvroPrimitiveSchema Long = new(AvroType.Long);
    public static readonly AvroPrimitiveSchema Float = new(AvroType.Float);
    public static readonly AvroPrimitiveSchema Double = new(AvroType.Double);
    public static readonly AvroPrimitiveSchema Bytes = new(AvroType.Bytes);
    public static readonly AvroPrimitiveSchema String = new(AvroType.String);
    public static readonly AvroPrimitiveSchema SystemDecimal = new(AvroType.Bytes, AvroLogicalType.DecimalOfSystemDecimal);

    public AvroPrimitiveSchema(AvroType type, AvroLogicalType? logical = null)
    {
        Type = type;
        Logical = logical;
    }

    public override AvroType Type { get; }

    public AvroLogicalType? Logical { get; }

    public static AvroPrimitiveSchema Of(AvroType type) => type switch
    {
        AvroType.Null => Null,
        AvroType.Boolean => Boolean,
        AvroType.Int => Int,
        AvroType.Long => Long,
        AvroType.Float => Float,
        AvroType.Double => Double,
        AvroType.Bytes => Bytes,
        AvroType.String => String,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a primitive type."),
    };
}

/// <summary>A record, enum or fixed: a type with a full name.</summary>
internal abstract class AvroNamedSchema : AvroSchema
{
    protected AvroNamedSchema(string fullName) => FullName = fullName;

    /// <summary>Gets the full name (namespace, a dot and the name; or just the name).</summary>
    public string FullName { get; }
}

/// <summary>A record field.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Schema">The field's schema.</param>
internal sealed record AvroField(string Name, AvroSchema Schema);

/// <summary>A record. Its fields are set after construction, so that a record can refer to itself.</summary>
internal sealed class AvroRecordSchema : AvroNamedSchema
{
    private IReadOnlyList<AvroField> _fields = [];

    public AvroRecordSchema(string fullName)
        : base(fullName)
    {
    }

    public AvroRecordSchema(string fullName, IReadOnlyList<AvroField> fields)
        : base(fullName) => _fields = fields;

    public override AvroType Type => AvroType.Record;

    public IReadOnlyList<AvroField> Fields => _fields;

    public void SetFields(IReadOnlyList<AvroField> fields) => _fields = fields;

    /// <summary>Returns the index of a field, or -1.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The index.</returns>
    public int IndexOf(string name)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            if (_fields[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>An enum: a string out of a fixed list of symbols.</summary>
internal sealed class AvroEnumSchema(string fullName, IReadOnlyList<string> symbols) : AvroNamedSchema(fullName)
{
    public override AvroType Type => AvroType.Enum;

    public IReadOnlyList<string> Symbols { get; } = symbols;
}

/// <summary>A fixed-size byte sequence, possibly with a logical type.</summary>
internal sealed class AvroFixedSchema(string fullName, int size, AvroLogicalType? logical = null) : AvroNamedSchema(fullName)
{
    public override AvroType Type => AvroType.Fixed;

    public int Size { get; } = size;

    public AvroLogicalType? Logical { get; } = logical;
}

/// <summary>An array.</summary>
internal sealed class AvroArraySchema(AvroSchema items) : AvroSchema
{
    public override AvroType Type => AvroType.Array;

    public AvroSchema Items { get; } = items;
}

/// <summary>A map with string keys.</summary>
internal sealed class AvroMapSchema(AvroSchema values) : AvroSchema
{
    public override AvroType Type => AvroType.Map;

    public AvroSchema Values { get; } = values;
}

/// <summary>A union: a value of one of the branches, written with the branch index first.</summary>
internal sealed class AvroUnionSchema(IReadOnlyList<AvroSchema> branches) : AvroSchema
{
    public override AvroType Type => AvroType.Union;

    public IReadOnlyList<AvroSchema> Branches { get; } = branches;

    /// <summary>Returns the index of the null branch, or -1.</summary>
    /// <returns>The index.</returns>
    public int IndexOfNull()
    {
        for (var i = 0; i < Branches.Count; i++)
        {
            if (Branches[i].Type == AvroType.Null)
            {
                return i;
            }
        }

        return -1;
    }
}
