"""Common English first names and the gender they usually tell (speakers/resolve.py).

A pronoun's gender rules out a person only when the article says it: an honorific, a rank, a
pronoun whose clause has the person for subject, and, when none of those, a first name in
these lists ("Sarah Jones … met Tom Hale. He said" is not Sarah Jones). Names used for both
(Chris, Sam, Jo, Alex, Leslie, Hilary, Lee, Kelly, Robin…) are left out: they tell nothing.
Kept apart from gazetteer.py: the cue model does not read them.
"""

from __future__ import annotations

FEMALE_FIRST_NAMES = frozenset(
    """
    Ann Anna Anne Annie Alice Alison Amanda Amy Andrea Angela Anita Barbara Beatrice Belinda
    Beth Betty Brenda Bridget Carol Caroline Catherine Cathy Charlotte Cherie Christine Claire
    Clare Condoleezza Deborah Debbie Diana Diane Donna Dorothy Elaine Eleanor Elizabeth Ellen
    Emily Emma Fiona Frances Gillian Gloria Hazel Heather Helen Hillary Isabel Jacqueline
    Jane Janet Janice Jennifer Jenny Jessica Joan Joanna Joanne Josephine Joyce Judith Judy
    Julia Julie June Karen Kate Katherine Kathleen Kathryn Katie Kylie Laura Lauren Linda
    Lisa Liz Lorraine Louise Lucy Madeleine Madonna Margaret Maria Marie Marion Martha Mary
    Maureen Melanie Michelle Miriam Monica Nancy Natalie Nicola Nicole Olivia Pamela Patricia
    Paula Pauline Penelope Rachel Rebecca Rose Rosemary Ruth Sally Samantha Sandra Sarah Sharon
    Sheila Shirley Sophie Stephanie Susan Suzanne Sylvia Tessa Theresa Tracey Tracy Valerie
    Vanessa Victoria Virginia Wendy Yvonne Zoe Britney Gwyneth Jade Kirsty Paula Patsy
    Estelle Harriet Glenda Oona
    """.split()
)

MALE_FIRST_NAMES = frozenset(
    """
    Adam Adrian Alan Alastair Albert Alistair Andrew Anthony Arnold Arthur Barry Ben Benjamin
    Bernard Bill Bob Brian Bruce Carl Charles Christopher Clive Colin Craig Daniel Darren David
    Dennis Derek Donald Douglas Duncan Edward Eric Frank Fred Gareth Gary Gavin Geoff Geoffrey
    George Gerald Gerard Gordon Graham Greg Harold Harry Henry Howard Hugh Ian Jack James Jason
    Jeff Jeremy Jim Jimmy John Jonathan Joseph Keith Ken Kenneth Kevin Liam Mark Martin
    Matthew Michael Mike Neil Nick Nicholas Nigel Oliver Patrick Paul Peter Philip Phillip
    Richard Robert Roger Ronald Roy Russell Ryan Scott Sean Simon Stephen Steve Steven
    Stuart Ted Terry Thomas Tim Timothy Tom Tommy Tony Trevor Walter William Rafael Rafa Jose
    Jacques Gerhard Vladimir Silvio Kofi Ariel Mahmoud Jose Milan Rick Charlie Wayne Rupert
    """.split()
)
