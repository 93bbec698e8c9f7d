package org.mixite.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * The binary form of Mixité's accumulators on Spark: Kryo, configured here rather than by the
 * cluster. Why Kryo: the accumulators ({@code IndicatorSuite} and the four it holds) are plain
 * mutable objects — primitive arrays, maps, {@code BigDecimal}s — that Kryo's field serializer
 * writes compactly with no change to the core, and they cross the network only a few times
 * per company (Spark keeps aggregation buffers as objects between rows). Why configured here:
 * Spark's own Kryo (the {@code spark.kryo.*} settings) is Kryo 4, which cannot write Java
 * records (their fields cannot be set) nor the JDK's immutable collections ({@code Map.of},
 * {@code List.copyOf}: they refuse {@code put}), and Mixité's values use both; asking every
 * user to register serializers on their cluster would be one more thing to get wrong. So the
 * buffer hands Spark its bytes ({@link SuiteBuffer}) and those bytes are written by the
 * instance below, which adds: records through their canonical constructor, immutable
 * collections through copies, and instantiation without constructors for the rest.
 * <p>The format is private to one job (both ends run the same jar): it is not a storage format.
 */
final class SuiteKryo {

    private static final ThreadLocal<Kryo> KRYO = ThreadLocal.withInitial(SuiteKryo::newKryo);

    private SuiteKryo() {
    }

    static byte[] encode(Object value) {
        Output output = new Output(4096, -1);
        KRYO.get().writeClassAndObject(output, value);
        return output.toBytes();
    }

    static <T> T decode(byte[] bytes, Class<T> type) {
        return type.cast(KRYO.get().readClassAndObject(new Input(bytes)));
    }

    private static Kryo newKryo() {
        Kryo kryo = new Kryo() {
            @Override
            @SuppressWarnings("rawtypes")
            public Serializer getDefaultSerializer(Class type) {
                if (type.isRecord()) {
                    return new RecordSerializer(type);
                }
                if (type == java.util.EnumMap.class) {
                    return EnumMapSerializer.INSTANCE;
                }
                if (type.getName().startsWith("java.util.ImmutableCollections$")) {
                    return ImmutableSerializer.INSTANCE;
                }
                return super.getDefaultSerializer(type);
            }
        };
        kryo.setReferences(true);
        kryo.setRegistrationRequired(false);
        kryo.setInstantiatorStrategy(new Kryo.DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
        kryo.setClassLoader(Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : SuiteKryo.class.getClassLoader());
        return kryo;
    }

    /** A record: its components in order, read back through its canonical constructor (which re-checks them). */
    private static final class RecordSerializer extends Serializer<Object> {
        private final Method[] accessors;
        private final Constructor<?> constructor;

        RecordSerializer(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
            }
        }

        @Override
        public void write(Kryo kryo, Output output, Object record) {
            try {
                for (Method accessor : accessors) {
                    kryo.writeClassAndObject(output, accessor.invoke(record));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read a component of " + record.getClass().getName(), e);
            }
        }

        @Override
        public Object read(Kryo kryo, Input input, Class<Object> type) {
            Object[] values = new Object[accessors.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = kryo.readClassAndObject(input);
            }
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot rebuild a " + type.getName(), e);
            }
        }
    }

    /**
     * An {@code EnumMap}: Kryo 4's own serializer reads the key type from a private field that
     * Java 17 no longer lets it see. The key type is written from a key, or, for an empty map,
     * from that field when the JVM opens {@code java.util} (Spark's launcher does).
     */
    private static final class EnumMapSerializer extends Serializer<java.util.EnumMap<?, ?>> {
        static final EnumMapSerializer INSTANCE = new EnumMapSerializer();

        @Override
        public void write(Kryo kryo, Output output, java.util.EnumMap<?, ?> map) {
            kryo.writeClass(output, keyType(map));
            output.writeVarInt(map.size(), true);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                output.writeVarInt(((Enum<?>) e.getKey()).ordinal(), true);
                kryo.writeClassAndObject(output, e.getValue());
            }
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public java.util.EnumMap<?, ?> read(Kryo kryo, Input input, Class<java.util.EnumMap<?, ?>> type) {
            Class keyType = kryo.readClass(input).getType();
            java.util.EnumMap map = new java.util.EnumMap(keyType);
            Object[] keys = keyType.getEnumConstants();
            int size = input.readVarInt(true);
            for (int i = 0; i < size; i++) {
                Object key = keys[input.readVarInt(true)];
                map.put(key, kryo.readClassAndObject(input));
            }
            return map;
        }

        private static Class<?> keyType(java.util.EnumMap<?, ?> map) {
            if (!map.isEmpty()) {
                return ((Enum<?>) map.keySet().iterator().next()).getDeclaringClass();
            }
            try {
                java.lang.reflect.Field field = java.util.EnumMap.class.getDeclaredField("keyType");
                field.setAccessible(true);
                return (Class<?>) field.get(map);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("an empty EnumMap's key type cannot be read: run with "
                        + "--add-opens=java.base/java.util=ALL-UNNAMED (Spark's launcher adds it)", e);
            }
        }
    }

    /** {@code Map.of}, {@code List.copyOf}, {@code Set.of}, {@code stream.toList()}: written as their elements, read as unmodifiable copies. */
    private static final class ImmutableSerializer extends Serializer<Object> {
        static final ImmutableSerializer INSTANCE = new ImmutableSerializer();

        private static final int MAP = 0;
        private static final int LIST = 1;
        private static final int SET = 2;

        @Override
        public void write(Kryo kryo, Output output, Object value) {
            if (value instanceof Map<?, ?> map) {
                output.writeByte(MAP);
                output.writeVarInt(map.size(), true);
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    kryo.writeClassAndObject(output, e.getKey());
                    kryo.writeClassAndObject(output, e.getValue());
                }
            } else {
                Collection<?> items = (Collection<?>) value;
                output.writeByte(items instanceof Set ? SET : LIST);
                output.writeVarInt(items.size(), true);
                for (Object item : items) {
                    kryo.writeClassAndObject(output, item);
                }
            }
        }

        @Override
        public Object read(Kryo kryo, Input input, Class<Object> type) {
            int kind = input.readByte();
            int size = input.readVarInt(true);
            if (kind == MAP) {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    Object key = kryo.readClassAndObject(input);
                    map.put(key, kryo.readClassAndObject(input));
                }
                return Map.copyOf(map);
            }
            List<Object> items = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                items.add(kryo.readClassAndObject(input));
            }
            // Lists may hold nulls (stream.toList() does): an unmodifiable view of a copy, not List.copyOf.
            return kind == SET ? Set.copyOf(items) : Collections.unmodifiableList(items);
        }
    }
}
