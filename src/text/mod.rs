//! Text helpers shared by every stage that writes or shows text: Bengali digits and
//! numbers ([`bangla`]) and the characters that must never reach an officer's screen or a
//! header unescaped ([`safety`]).

pub mod bangla;
pub mod bijoy;
pub mod safety;
